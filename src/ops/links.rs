//! A document as a sequence of links: the stored links (see `migrations/0007_links.sql`) laid
//! over the segments, every segment no link covers standing alone as a 1-1 link. What `show`,
//! the exports and `translate` read to know which segments go together.

use crate::model::Link;
pub use crate::model::LinkInfo;
use std::collections::BTreeMap;

/// One unit of a document laid out as links.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit<'a> {
    /// Segments `first..first + count` (positions) with their stored link; None: a 1-1 link
    /// by structure.
    Source {
        first: usize,
        count: usize,
        link: Option<&'a Link>,
    },
    /// Target sentences the translator added (a 0-m link).
    Added(&'a Link),
}

impl Unit<'_> {
    /// Whether this unit is anything but a plain 1-1 link.
    pub fn is_special(&self) -> bool {
        match self {
            Unit::Source { count, link, .. } => *count != 1 || link.is_some_and(|l| l.targets != 1),
            Unit::Added(_) => true,
        }
    }
}

/// Lays `links` (in the order the store gives them) over segments `1..=segments`. A link
/// never claims a segment another link starts at; added links whose segment is no longer in
/// the document come at the end, so that no text is ever lost.
pub fn layout(segments: usize, links: &[Link]) -> Vec<Unit<'_>> {
    let mut starts: BTreeMap<usize, &Link> = BTreeMap::new();
    let mut before: BTreeMap<usize, Vec<&Link>> = BTreeMap::new();
    let mut after: BTreeMap<usize, Vec<&Link>> = BTreeMap::new();
    let mut homeless = Vec::new();
    for l in links {
        match (l.sources, l.first) {
            (0, 0) => homeless.push(l),
            (0, p) if l.after => after.entry(p).or_default().push(l),
            (0, p) => before.entry(p).or_default().push(l),
            (_, 0) => {}
            (_, p) => {
                starts.entry(p).or_insert(l);
            }
        }
    }
    let mut out = Vec::with_capacity(segments + before.len() + after.len());
    let mut pos = 1;
    while pos <= segments {
        for l in before.get(&pos).into_iter().flatten() {
            out.push(Unit::Added(l));
        }
        let (count, link) = match starts.get(&pos) {
            Some(l) => {
                let mut count = 1;
                while count < l.sources
                    && pos + count <= segments
                    && !starts.contains_key(&(pos + count))
                    && !before.contains_key(&(pos + count))
                {
                    count += 1;
                }
                (count, Some(*l))
            }
            None => (1, None),
        };
        out.push(Unit::Source {
            first: pos,
            count,
            link,
        });
        for p in pos..pos + count {
            for l in after.get(&p).into_iter().flatten() {
                out.push(Unit::Added(l));
            }
        }
        pos += count;
    }
    // Anchors past the end (cannot happen with a consistent store) and removed segments.
    for (_, ls) in before
        .range(segments + 1..)
        .chain(after.range(segments + 1..))
    {
        out.extend(ls.iter().map(|l| Unit::Added(l)));
    }
    out.extend(homeless.into_iter().map(Unit::Added));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LinkOrigin;

    fn link(first: usize, sources: usize, targets: usize, after: bool) -> Link {
        Link {
            id: 0,
            segment_id: 0,
            first,
            sources,
            targets,
            after,
            text: (sources == 0).then(|| "Added.".to_string()),
            score: None,
            origin: LinkOrigin::Aligner,
        }
    }

    fn shapes(units: &[Unit<'_>]) -> Vec<String> {
        units
            .iter()
            .map(|u| match u {
                Unit::Source { first, count, link } => format!(
                    "{first}+{count}:{}",
                    link.map_or("=".to_string(), |l| l.targets.to_string())
                ),
                Unit::Added(l) => format!("add{}", if l.after { ">" } else { "<" }),
            })
            .collect()
    }

    #[test]
    fn links_lay_out_over_segments_and_added_sentences_keep_their_place() {
        let links = vec![
            link(1, 0, 1, false),
            link(1, 1, 2, false),
            link(3, 2, 1, false),
            link(6, 1, 0, false),
            link(6, 0, 1, true),
            link(0, 0, 1, false),
        ];
        let units = layout(6, &links);
        assert_eq!(
            shapes(&units),
            [
                "add<", "1+1:2", "2+1:=", "3+2:1", "5+1:=", "6+1:0", "add>", "add<"
            ]
        );
        assert!(units[1].is_special() && !units[2].is_special());
    }

    #[test]
    fn a_link_never_swallows_the_start_of_another() {
        let links = vec![link(1, 3, 1, false), link(2, 1, 1, false)];
        let units = layout(3, &links);
        assert_eq!(shapes(&units), ["1+1:1", "2+1:1", "3+1:="]);
    }
}
