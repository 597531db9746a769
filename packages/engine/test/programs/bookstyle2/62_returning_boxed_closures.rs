// Returning closures: Box<dyn Fn> allows different closures from each branch.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        other => {
            let label = other.to_string();
            Box::new(move |a, _| {
                println!("unknown op {}, returning left operand", label);
                a
            })
        }
    }
}

fn compose(f: Box<dyn Fn(i32) -> i32>, g: Box<dyn Fn(i32) -> i32>) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| g(f(x)))
}

fn main() {
    let add5 = make_adder(5);
    println!("add5(10) = {}", add5(10));

    for name in ["add", "mul", "pow"] {
        let op = make_op(name);
        println!("{}(6, 7) = {}", name, op(6, 7));
    }

    let double_then_inc = compose(Box::new(|x| x * 2), Box::new(make_adder(1)));
    println!("double_then_inc(20) = {}", double_then_inc(20));
}
