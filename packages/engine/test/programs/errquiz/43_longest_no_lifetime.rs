fn longer_title(a: &str, b: &str) -> &str {
    if a.len() >= b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let t1 = String::from("War and Peace");
    let t2 = String::from("Ulysses");
    println!("Longer: {}", longer_title(&t1, &t2));
}
