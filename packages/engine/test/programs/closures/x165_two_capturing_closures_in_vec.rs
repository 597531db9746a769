fn main() {
    let k = 3;
    let rules = vec![move |x: i32| x + k, move |x: i32| x * k];
    println!("{}", rules[0](1));
}
