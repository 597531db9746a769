// Sorting needs Ord; this struct only derives PartialEq.
#[derive(Debug, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let mut releases = vec![
        Version { major: 1, minor: 4 },
        Version { major: 0, minor: 9 },
        Version { major: 1, minor: 0 },
    ];
    releases.sort();
    println!("{:?}", releases);
}
