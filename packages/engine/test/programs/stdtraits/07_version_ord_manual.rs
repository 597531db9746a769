use std::cmp::Ordering;

#[derive(Debug)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

impl Version {
    fn parse(s: &str) -> Version {
        let parts: Vec<u32> = s.split('.').map(|p| p.parse().unwrap()).collect();
        Version { major: parts[0], minor: parts[1], patch: parts[2] }
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.major
            .cmp(&other.major)
            .then(self.minor.cmp(&other.minor))
            .then(self.patch.cmp(&other.patch))
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut releases: Vec<Version> = ["1.10.0", "1.2.3", "0.9.12", "1.2.10", "2.0.0", "1.2.3"]
        .iter()
        .map(|s| Version::parse(s))
        .collect();
    releases.sort();
    for v in &releases {
        println!("{}.{}.{}", v.major, v.minor, v.patch);
    }
    let a = Version::parse("1.2.3");
    let b = Version::parse("1.10.0");
    println!("1.2.3 < 1.10.0 ? {}", a < b);
    println!("compare: {:?}", a.cmp(&b));
    println!("newest: {:?}", releases.iter().max().unwrap());
}
