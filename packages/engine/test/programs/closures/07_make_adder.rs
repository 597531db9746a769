fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_multiplier(factor: i32) -> impl Fn(i32) -> i32 {
    move |x| x * factor
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    let triple = make_multiplier(3);

    println!("add5(1) = {}", add5(1));
    println!("add10(1) = {}", add10(1));
    println!("triple(7) = {}", triple(7));
    println!("triple(add5(2)) = {}", triple(add5(2)));

    let results: Vec<i32> = (1..=4).map(|x| add10(triple(x))).collect();
    println!("{:?}", results);
}
