fn apply_all(values: &[i32], f: fn(i32) -> i32) -> Vec<i32> {
    values.iter().map(|&v| f(v)).collect()
}

fn main() {
    let data = [1, 2, 3, 4];
    println!("{:?}", apply_all(&data, |x| x * 10));

    let offset = 7;
    println!("{:?}", apply_all(&data, |x| x + offset));
}
