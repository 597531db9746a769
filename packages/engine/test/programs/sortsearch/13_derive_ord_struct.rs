// Derived Ord compares fields in declaration order.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

fn main() {
    let mut releases = vec![
        Version { major: 1, minor: 2, patch: 0 },
        Version { major: 0, minor: 9, patch: 7 },
        Version { major: 1, minor: 10, patch: 1 },
        Version { major: 1, minor: 2, patch: 3 },
    ];
    releases.sort();
    for v in &releases {
        println!("{}.{}.{}", v.major, v.minor, v.patch);
    }
    let newest = releases.iter().max().unwrap();
    println!("newest: {:?}", newest);
    println!("{}", releases[0] < releases[1]);
}
