fn divide(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 {
        Err(String::from("division by zero"))
    } else if a % b != 0 {
        Err(format!("{} is not divisible by {}", a, b))
    } else {
        Ok(a / b)
    }
}

fn first_even(v: &[i32]) -> Option<&i32> {
    v.iter().find(|x| **x % 2 == 0)
}

fn main() {
    let cases = [(10, 2), (7, 0), (9, 4), (-12, 3)];
    for (a, b) in cases {
        match divide(a, b) {
            Ok(q) if q < 0 => println!("{} / {} = {} (negative)", a, b, q),
            Ok(q) => println!("{} / {} = {}", a, b, q),
            Err(ref e) if e.contains("zero") => println!("{} / {}: cannot divide by zero", a, b),
            Err(e) => println!("{} / {}: {}", a, b, e),
        }
    }
    let lists: [&[i32]; 3] = [&[1, 3, 4, 6], &[5, 7], &[]];
    for l in lists {
        match first_even(l) {
            Some(&n) if n > 5 => println!("{:?}: big even {}", l, n),
            Some(n) => println!("{:?}: even {}", l, n),
            None => println!("{:?}: no even", l),
        }
    }
    let nested: Option<Option<i32>> = Some(None);
    match nested {
        Some(Some(x)) => println!("value {}", x),
        Some(None) => println!("inner none"),
        None => println!("outer none"),
    }
    let results: Vec<Result<i32, String>> = vec![Ok(1), Err("bad".into()), Ok(3)];
    let mut oks = 0;
    for r in &results {
        if let Ok(v) = r {
            oks += v;
        }
    }
    println!("sum of oks = {}", oks);
    let x: Option<i32> = Some(5);
    let doubled = if let Some(v) = x { v * 2 } else { 0 };
    println!("{}", doubled);
}
