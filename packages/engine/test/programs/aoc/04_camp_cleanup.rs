// Day 4: which elves' section assignments overlap?
const PAIRS: &str = "2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8";

#[derive(Debug, Clone, Copy)]
struct Range {
    lo: u32,
    hi: u32,
}

impl Range {
    fn parse(s: &str) -> Range {
        let (a, b) = s.split_once('-').expect("range needs a dash");
        Range { lo: a.parse().unwrap(), hi: b.parse().unwrap() }
    }

    fn contains(&self, other: &Range) -> bool {
        self.lo <= other.lo && other.hi <= self.hi
    }

    fn overlaps(&self, other: &Range) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
}

fn main() {
    let pairs: Vec<(Range, Range)> = PAIRS
        .lines()
        .map(|line| {
            let (l, r) = line.split_once(',').unwrap();
            (Range::parse(l), Range::parse(r))
        })
        .collect();

    let fully = pairs
        .iter()
        .filter(|(a, b)| a.contains(b) || b.contains(a))
        .count();
    let any = pairs.iter().filter(|(a, b)| a.overlaps(b)).count();

    println!("first pair: {:?}", pairs[0]);
    println!("Part 1: {}", fully);
    println!("Part 2: {}", any);
}
