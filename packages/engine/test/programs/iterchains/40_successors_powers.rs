use std::iter;

fn main() {
    let powers: Vec<u32> = iter::successors(Some(1u32), |&x| x.checked_mul(3))
        .take_while(|&x| x < 1000)
        .collect();
    println!("powers of 3 below 1000: {:?}", powers);

    let halvings: Vec<u32> = iter::successors(Some(100u32), |&x| if x > 1 { Some(x / 2) } else { None }).collect();
    println!("halvings: {:?}", halvings);

    let dashes: String = iter::repeat('-').take(20).collect();
    println!("{}", dashes);

    let mut n = 0;
    let squares: Vec<i32> = iter::from_fn(|| {
        n += 1;
        if n <= 5 { Some(n * n) } else { None }
    })
    .collect();
    println!("squares: {:?}", squares);
}
