// Two independent lifetimes, but the function returns the wrong one.
fn first_of<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() > 0 {
        x
    } else {
        y
    }
}

fn main() {
    let a = String::from("");
    let b = String::from("backup");
    println!("{}", first_of(&a, &b));
}
