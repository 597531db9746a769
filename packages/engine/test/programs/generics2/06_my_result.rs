// A home-made Result with two type parameters.
#[derive(Debug)]
enum Outcome<T, E> {
    Success(T),
    Failure(E),
}

#[derive(Debug)]
enum MathError {
    DivisionByZero,
    NegativeRoot,
}

fn divide(a: f64, b: f64) -> Outcome<f64, MathError> {
    if b == 0.0 {
        Outcome::Failure(MathError::DivisionByZero)
    } else {
        Outcome::Success(a / b)
    }
}

fn root(x: f64) -> Outcome<f64, MathError> {
    if x < 0.0 {
        Outcome::Failure(MathError::NegativeRoot)
    } else {
        Outcome::Success(x.sqrt())
    }
}

fn describe<T: std::fmt::Debug, E: std::fmt::Debug>(o: &Outcome<T, E>) -> String {
    match o {
        Outcome::Success(v) => format!("ok: {:?}", v),
        Outcome::Failure(e) => format!("error: {:?}", e),
    }
}

fn main() {
    println!("{}", describe(&divide(10.0, 4.0)));
    println!("{}", describe(&divide(1.0, 0.0)));
    println!("{}", describe(&root(16.0)));
    println!("{}", describe(&root(-1.0)));

    let parsed: Outcome<u32, String> = Outcome::Failure(String::from("not a number"));
    println!("{:?}", parsed);
}
