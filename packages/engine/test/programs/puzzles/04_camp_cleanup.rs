// Day 4: Camp Cleanup
struct Assignment {
    start: u32,
    end: u32,
}

impl Assignment {
    fn parse(s: &str) -> Assignment {
        let (a, b) = s.split_once('-').unwrap();
        Assignment {
            start: a.parse().unwrap(),
            end: b.parse().unwrap(),
        }
    }

    fn contains(&self, other: &Assignment) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    fn overlaps(&self, other: &Assignment) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

fn main() {
    let input = "2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8";

    let pairs: Vec<(Assignment, Assignment)> = input
        .lines()
        .map(|line| {
            let (l, r) = line.split_once(',').unwrap();
            (Assignment::parse(l), Assignment::parse(r))
        })
        .collect();

    let fully = pairs
        .iter()
        .filter(|(a, b)| a.contains(b) || b.contains(a))
        .count();
    let any = pairs.iter().filter(|(a, b)| a.overlaps(b)).count();

    println!("fully contained: {}", fully);
    println!("overlapping: {}", any);
}
