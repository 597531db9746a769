// Adding 'a does not help when the returned value is created inside the function.
fn longest<'a>(x: &'a str, y: &str) -> &'a str {
    let result = String::from("really long string");
    if x.len() > y.len() {
        println!("x wins, but we return our own string anyway");
    }
    result.as_str()
}

fn main() {
    let s1 = String::from("hello");
    let s2 = String::from("hi");
    let r = longest(&s1, &s2);
    println!("{}", r);
}
