// Derived ordering compares fields top to bottom, like a dictionary.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

fn v(major: u32, minor: u32, patch: u32) -> Version {
    Version { major, minor, patch }
}

fn main() {
    let mut releases = vec![v(1, 10, 0), v(1, 2, 3), v(0, 9, 9), v(2, 0, 0), v(1, 2, 0)];

    releases.sort();
    for r in &releases {
        println!("{}.{}.{}", r.major, r.minor, r.patch);
    }

    let newest = releases.iter().max().unwrap();
    println!("newest: {:?}", newest);

    println!("1.2.3 < 1.10.0 ? {}", v(1, 2, 3) < v(1, 10, 0));
    println!("cmp: {:?}", v(2, 0, 0).cmp(&v(1, 99, 99)));

    releases.sort_by(|a, b| b.cmp(a));
    println!("descending first: {:?}", releases[0]);
}
