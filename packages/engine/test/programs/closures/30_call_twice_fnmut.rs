fn call_twice<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
}

fn call_n<F: FnMut(usize)>(n: usize, mut f: F) {
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let mut shopping = vec![String::from("milk")];
    call_twice(|| shopping.push(String::from("eggs")));
    println!("{:?}", shopping);

    let mut squares = Vec::new();
    call_n(5, |i| squares.push(i * i));
    println!("{:?}", squares);

    let mut sum = 0;
    call_n(101, |i| sum += i);
    println!("sum 0..=100 = {}", sum);
}
