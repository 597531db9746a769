fn main() {
    let mut visitors = 0;

    let register = || {
        visitors += 1;
        println!("visitor #{} registered", visitors);
    };

    register();
    register();
    println!("total visitors: {}", visitors);
}
