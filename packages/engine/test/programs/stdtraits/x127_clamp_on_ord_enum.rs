#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Bronze,
    Silver,
    Gold,
}

fn main() {
    println!("{:?}", Level::Bronze.clamp(Level::Silver, Level::Gold));
}
