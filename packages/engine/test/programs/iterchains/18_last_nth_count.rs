fn main() {
    let primes = [2, 3, 5, 7, 11, 13, 17];

    println!("count = {}", primes.iter().count());
    println!("last = {:?}", primes.iter().last());
    println!("nth(2) = {:?}", primes.iter().nth(2));
    println!("nth(10) = {:?}", primes.iter().nth(10));

    let mut it = primes.iter();
    it.nth(1); // consumes 2 and 3
    println!("after nth(1), next = {:?}", it.next());
    println!("remaining = {}", it.count());

    let sentence = "the cat sat on the mat";
    println!("words: {}", sentence.split(' ').count());
    println!("last word: {:?}", sentence.split(' ').last());
    println!("third char: {:?}", sentence.chars().nth(2));
}
