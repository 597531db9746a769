fn pick_shorter(a: &str, b: &str) -> &str {
    if a.len() <= b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let x = String::from("pear");
    let y = String::from("banana");
    println!("{}", pick_shorter(&x, &y));
}
