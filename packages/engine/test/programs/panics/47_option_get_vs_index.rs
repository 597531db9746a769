// get() returns an Option; indexing panics. Compare them.
fn main() {
    let primes = vec![2, 3, 5, 7, 11];
    for i in [1, 4, 5, 9] {
        match primes.get(i) {
            Some(p) => println!("get({}) = {}", i, p),
            None => println!("get({}) = nothing", i),
        }
    }
    let s = "héllo";
    println!("s.get(0..2) = {:?}", s.get(0..2));
    println!("s.get(0..3) = {:?}", s.get(0..3));
    println!("primes.get(2..9) = {:?}", primes.get(2..9));
    let nine = primes[9];
    println!("{}", nine);
}
