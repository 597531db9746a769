// One function works for arrays of every length.
fn sum<const N: usize>(a: [i32; N]) -> i32 {
    let mut total = 0;
    for x in a {
        total += x;
    }
    total
}

fn average<const N: usize>(a: [i32; N]) -> f64 {
    if N == 0 {
        return 0.0;
    }
    sum(a) as f64 / N as f64
}

fn main() {
    let small = [1, 2, 3];
    let big = [10, 20, 30, 40, 50];
    let empty: [i32; 0] = [];
    println!("sum small = {}", sum(small));
    println!("sum big = {}", sum(big));
    println!("sum empty = {}", sum(empty));
    println!("avg big = {:.1}", average(big));
    println!("avg empty = {:.1}", average(empty));
}
