fn main() {
    let b = true;
    let r = &b;
    println!("{} {} {}", b.to_string(), r.to_string(), false.to_string().len());
    let ages = [12, 19, 30];
    for a in ages {
        let label = (a >= 18).then_some("adult");
        let lazy = (a % 2 == 0).then(|| format!("{} is even", a));
        println!("{:?} {:?}", label, lazy);
    }
}
