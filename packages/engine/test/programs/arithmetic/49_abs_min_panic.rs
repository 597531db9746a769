// abs() of the most negative value cannot be represented.

fn distance_from_zero(x: i32) -> i32 {
    x.abs()
}

fn main() {
    let samples = [5, -17, 0, i32::MAX, i32::MIN];
    for s in samples {
        println!("|{}| = {}", s, distance_from_zero(s));
    }
}
