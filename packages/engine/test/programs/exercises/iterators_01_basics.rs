fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("doubled {:?}", doubled);
    let evens: Vec<&i32> = v.iter().filter(|x| *x % 2 == 0).collect();
    println!("evens {:?}", evens);
    let sum: i32 = v.iter().sum();
    let product: i64 = v.iter().map(|&x| x as i64).product();
    println!("sum {} product {}", sum, product);
    let folded = v.iter().fold(String::new(), |mut acc, x| {
        if !acc.is_empty() {
            acc.push('-');
        }
        acc.push_str(&x.to_string());
        acc
    });
    println!("{}", folded);
    println!("count > 3: {}", v.iter().filter(|&&x| x > 3).count());
    println!("max {:?} min {:?}", v.iter().max(), v.iter().min());
    println!("position of 9: {:?}", v.iter().position(|&x| x == 9));
    println!("position of 7: {:?}", v.iter().position(|&x| x == 7));
    println!("find > 4: {:?}", v.iter().find(|&&x| x > 4));
    println!("last {:?} nth(2) {:?}", v.iter().last(), v.iter().nth(2));
    println!("any 9 {} all positive {}", v.iter().any(|&x| x == 9), v.iter().all(|&x| x > 0));
    let firsts: Vec<_> = v.iter().take(3).collect();
    let rest: Vec<_> = v.iter().skip(7).collect();
    println!("{:?} {:?}", firsts, rest);
    let rev: Vec<_> = v.iter().rev().take(4).collect();
    println!("rev {:?}", rev);
    let mut sorted = v.clone();
    sorted.sort();
    sorted.dedup();
    println!("sorted unique {:?}", sorted);
}
