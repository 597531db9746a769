// Negating the smallest i8 overflows: there is no +128 in i8.
fn flip(x: i8) -> i8 {
    -x
}

fn main() {
    let values: Vec<i8> = vec![5, -7, 127, -128];
    for v in &values {
        println!("flip({}) = {}", v, flip(*v));
    }
}
