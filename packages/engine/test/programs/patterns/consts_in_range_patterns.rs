const PASS_MARK: u32 = 50;
const MERIT: u32 = 75;
const TOP: u32 = 100;
const LOW: i32 = -10;
const A: char = 'a';
const F: char = 'f';
fn grade(score: u32) -> &'static str {
    match score {
        0..PASS_MARK => "fail",
        PASS_MARK..MERIT => "pass",
        MERIT..=TOP => "merit",
        _ => "invalid",
    }
}
fn main() {
    for s in [10, 50, 74, 75, 100, 101] {
        println!("{} {}", s, grade(s));
    }
    let t = -3;
    match t {
        LOW..=-1 => println!("cold"),
        _ => println!("warm"),
    }
    match 'c' {
        A..=F => println!("hex letter"),
        _ => println!("other"),
    }
}
