fn make(a: i32) -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    move |b| Box::new(move |c| a + b + c)
}

fn main() {
    let f = make(1)(2);
    println!("{}", f(3));
}
