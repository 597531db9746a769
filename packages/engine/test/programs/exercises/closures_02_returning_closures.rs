fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_multiplier(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * n)
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "sub" => Box::new(|a, b| a - b),
        "max" => Box::new(|a, b| if a > b { a } else { b }),
        _ => Box::new(|_, _| 0),
    }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add5 = make_adder(5);
    let times3 = make_multiplier(3);
    println!("{} {}", add5(1), times3(4));
    for op in ["add", "sub", "max", "nop"] {
        let f = make_op(op);
        println!("{}(8, 3) = {}", op, f(8, 3));
    }
    let mut c = make_counter();
    let mut other = make_counter();
    println!("{} {} {}", c(), c(), c());
    println!("{}", other());
    let both = compose(add5, times3);
    println!("compose: {}", both(2));
    let pipeline: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        make_multiplier(10),
        Box::new(make_adder(-3)),
    ];
    let result = pipeline.iter().fold(4, |acc, f| f(acc));
    println!("pipeline: {}", result);
}
