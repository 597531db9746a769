fn banner(title: &str) -> String {
    format!("{:*^30}", format!(" {} ", title))
}

fn main() {
    println!("{}", banner("REPORT"));
    println!("[{:*^9}]", "mid");
    println!("[{:-<12}]", "left");
    println!("[{:=>10}]", "right");
    println!("[{:.^8}]", 42);
    println!("[{:_>6}]", 3.5);
    println!("[{:#^5}]", 'x');
    // Odd padding: the extra fill character goes to the right.
    println!("[{:~^6}]", "abc");
    println!("[{:~^7}]", "ab");
    println!("{}", banner("END"));
}
