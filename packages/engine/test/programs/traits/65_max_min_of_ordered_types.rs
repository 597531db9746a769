#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level { Low, Mid, High }
fn main() {
    let a = Level::Mid; let b = Level::High;
    println!("{:?} {:?}", a.max(b), a.min(Level::Low));
    let s = String::from("pear").max(String::from("apple"));
    let t = (1, "b").min((1, "a"));
    println!("{} {:?} {}", s, t, 3.max(9));
}
