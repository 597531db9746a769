// A reference's scope ends at its last use, so a later &mut is fine.
fn main() {
    let mut title = String::from("chapter");

    let a = &title;
    let b = &title;
    println!("{a} and {b}");
    // a and b are not used after this point.

    let c = &mut title;
    c.push_str(" four");
    println!("{c}");

    let mut counts = vec![3, 1, 4];
    let biggest = *counts.iter().max().unwrap();
    counts.push(biggest + 1);
    let len = counts.len();
    counts.push(len as i32);
    println!("{:?}", counts);
}
