fn main() {
    println!("None < Some(0): {}", None < Some(0));
    println!("Some(3) > Some(2): {}", Some(3) > Some(2));

    let bids = vec![Some(120), None, Some(340), Some(95), None];
    let best = bids.iter().max();
    let worst = bids.iter().min();
    println!("best = {:?}, worst = {:?}", best, worst);

    let highest_real = bids.iter().flatten().max();
    println!("highest real bid = {:?}", highest_real);

    let mut sorted = bids.clone();
    sorted.sort();
    println!("sorted = {:?}", sorted);

    let same = Some("x") == Some("x");
    let diff = Some(1) != None;
    println!("eq: {} ne: {}", same, diff);
}
