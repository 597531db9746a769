fn main() {
    let t: (&str, Box<dyn Fn(i32) -> i32>) = ("neg", Box::new(|x| -x));
    println!("{}", (t.1)(5));
    let v: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![("neg", Box::new(|x| -x))];
    println!("{}", (v[0].1)(5));
}
