// Derivable traits: PartialEq, PartialOrd, Debug, Clone, Copy, Default, Eq, Hash, Ord.
#[derive(PartialEq, PartialOrd)]
struct Centimeters(f64);

#[derive(Debug)]
struct Inches(i32);

impl Inches {
    fn to_centimeters(&self) -> Centimeters {
        let &Inches(inches) = self;
        Centimeters(inches as f64 * 2.54)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Priority {
    Low,
    Medium,
    High,
}

fn main() {
    let _one_second = 1;
    let foot = Inches(12);
    println!("One foot equals {:?}", foot);
    let meter = Centimeters(100.0);
    let cmp = if foot.to_centimeters() < meter { "smaller" } else { "bigger" };
    println!("One foot is {} than one meter.", cmp);

    let v1 = Version { major: 1, minor: 4, patch: 2 };
    let v2 = Version { major: 1, minor: 10, patch: 0 };
    println!("{:?} < {:?}: {}", v1, v2, v1 < v2);
    println!("max: {:?}", std::cmp::max(v1, v2));
    println!("default: {:?}", Version::default());
    println!("equal copies: {}", v1 == v1.clone());

    let mut tasks = vec![Priority::Medium, Priority::High, Priority::Low, Priority::Medium];
    tasks.sort();
    println!("{:?}", tasks);
    println!("High > Low: {}", Priority::High > Priority::Low);
}
