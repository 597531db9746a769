struct Ref<'a, T: 'a>(&'a T);
fn keep<'a: 'static>(x: &'a str) -> &'static str { x }
fn longest<'a, 'b>(x: &'a str, y: &'b str) -> &'a str where 'b: 'a {
    if x.len() > y.len() { x } else { y }
}
fn main() {
    let n = 5;
    let r = Ref(&n);
    println!("{}", r.0);
    println!("{}", keep("hi"));
    let s = String::from("abc");
    println!("{}", longest(&s, "zz"));
}
