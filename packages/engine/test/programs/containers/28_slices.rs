fn sum(xs: &[i32]) -> i32 {
    let mut total = 0;
    for x in xs {
        total += x;
    }
    total
}

fn largest(xs: &[i32]) -> i32 {
    let mut m = xs[0];
    for &x in &xs[1..] {
        if x > m {
            m = x;
        }
    }
    m
}

fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    println!("all: {}", sum(&v));
    println!("first three: {}", sum(&v[..3]));
    println!("middle: {:?}", &v[2..4]);
    println!("last two: {:?}", &v[v.len() - 2..]);
    println!("largest of v[1..5]: {}", largest(&v[1..5]));

    let mut arr = [0u8; 6];
    arr[1..4].copy_from_slice(&[7, 8, 9]);
    println!("{:?}", arr);
    let tail = &mut arr[3..];
    tail[0] = 1;
    println!("{:?}", arr);
}
