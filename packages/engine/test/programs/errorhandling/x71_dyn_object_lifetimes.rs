use std::fmt::Debug;
fn make_adder<'a>(x: &'a i32) -> Box<dyn Fn(i32) -> i32 + 'a> {
    Box::new(move |y| x + y)
}
fn show<'a>(s: &'a str) -> Box<dyn Debug + 'a> { Box::new(s) }
fn first(v: &[String]) -> &dyn Debug { &v[0] }
fn main() {
    let n = 5;
    let f = make_adder(&n);
    println!("{}", f(2));
    let t = String::from("hi");
    println!("{:?}", show(&t));
    let v = vec![String::from("a")];
    println!("{:?}", first(&v));
}
