fn describe(o: &Option<String>) -> usize {
    match o {
        Some(s) => s.len(),
        None => 0,
    }
}
fn main() {
    let a = Some(String::from("four"));
    let b: Option<String> = None;
    println!("{} {}", describe(&a), describe(&b));
    if let Some(s) = &a {
        println!("{}", s);
    }
    println!("{:?}", a);
}
