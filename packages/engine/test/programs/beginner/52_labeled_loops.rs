fn main() {
    let mut count = 0;
    'counting_up: loop {
        println!("count = {count}");
        let mut remaining = 10;

        loop {
            println!("remaining = {remaining}");
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting_up;
            }
            remaining -= 1;
        }

        count += 1;
    }
    println!("End count = {count}");

    // find a pair of numbers whose product is 91
    let mut found = (0, 0);
    'search: for a in 2..20 {
        for b in a..20 {
            if a * b == 91 {
                found = (a, b);
                break 'search;
            }
        }
    }
    println!("found {:?}", found);

    for n in 1..=10 {
        if n % 3 == 0 {
            continue;
        }
        print!("{} ", n);
    }
    println!();
}
