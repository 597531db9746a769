// From the Book: r1 and r2 are not used after the println. Compile?
fn main() {
    let mut s = String::from("hello");

    let r1 = &s;
    let r2 = &s;
    println!("{} and {}", r1, r2);

    let r3 = &mut s;
    r3.push_str(", world");

    let r4 = &mut s;
    r4.push('!');
    s.push('?');
    println!("{}", s);
}
