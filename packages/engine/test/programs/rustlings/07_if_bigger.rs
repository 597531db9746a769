// if1: return the bigger of two numbers, without calling any helper.
fn bigger(a: i32, b: i32) -> i32 {
    if a > b {
        a
    } else {
        b
    }
}

fn main() {
    println!("bigger(10, 8) = {}", bigger(10, 8));
    println!("bigger(32, 42) = {}", bigger(32, 42));
    println!("bigger(-5, -5) = {}", bigger(-5, -5));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_is_bigger_than_eight() {
        assert_eq!(10, bigger(10, 8));
    }
}
