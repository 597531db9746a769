fn min_max(v: &[i32]) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for &x in v {
        if x < lo { lo = x; }
        if x > hi { hi = x; }
    }
    (lo, hi)
}

fn main() {
    let pair = min_max(&[4, -9, 17, 0]);
    println!("{:?}", pair);
    let nested = ((1, 2.5), "three", ['f', 'o', 'u', 'r']);
    println!("{:?}", nested);
    println!("{:#?}", nested);
    let unit = ();
    println!("{:?}", unit);
    let single = (5,);
    println!("{:?}", single);
    let people: Vec<(&str, u8)> = vec![("Kim", 30), ("Lee", 25)];
    println!("{:?}", people);
    println!("{:#?}", (1, "a"));
}
