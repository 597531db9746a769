// kind: prints
// title: A copy and a clone, then changes
// tags: copy, move
// difficulty: 1
// mode: choice
// distractor: "6 6 once once\n"
// distractor: "6 5 once once\n"
// distractor: "5 5 on on\n"
// ---
fn main() {
    let mut x = 5;
    let y = x;
    x += 1;
    let mut s = String::from("on");
    let t = s.clone();
    s.push_str("ce");
    println!("{} {} {} {}", x, y, s, t);
}
