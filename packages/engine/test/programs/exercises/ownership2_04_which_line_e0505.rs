// Exam question: which line fails, and why?
fn consume(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn peek(v: &[i32]) -> i32 {
    v[0]
}

fn main() {
    let data = vec![4, 5, 6];
    let p = peek(&data);
    println!("peeked {}", p);
    let copy = data.clone();
    let first = &data[0];
    let total = consume(data);
    println!("first {} total {}", first, total);
    let again = consume(copy);
    println!("again {}", again);
    let sum = total + again;
    println!("sum {}", sum);
}
