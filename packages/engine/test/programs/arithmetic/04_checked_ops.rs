// checked_* returns None instead of overflowing.

fn safe_average(values: &[u32]) -> Option<u32> {
    let mut sum: u32 = 0;
    for &v in values {
        sum = sum.checked_add(v)?;
    }
    let count = values.len() as u32;
    sum.checked_div(count)
}

fn main() {
    let x: u32 = 4_000_000_000;
    match x.checked_add(500_000_000) {
        Some(v) => println!("sum = {}", v),
        None => println!("4e9 + 5e8 overflows u32"),
    }
    println!("{:?}", 10u32.checked_sub(20));
    println!("{:?}", 20u32.checked_sub(10));
    println!("{:?}", 7i32.checked_div(0));
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", 2u64.checked_pow(63));
    println!("{:?}", 2u64.checked_pow(64));

    println!("avg small = {:?}", safe_average(&[10, 20, 30]));
    println!("avg big   = {:?}", safe_average(&[u32::MAX, 1]));
    println!("avg empty = {:?}", safe_average(&[]));
}
