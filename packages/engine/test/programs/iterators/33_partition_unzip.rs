fn main() {
    let grades = vec![("Ana", 91), ("Ben", 58), ("Cleo", 74), ("Dev", 45), ("Eli", 88)];

    let (passed, failed): (Vec<(&str, i32)>, Vec<(&str, i32)>) =
        grades.iter().partition(|&&(_, g)| g >= 60);
    println!("passed: {:?}", passed);
    println!("failed: {:?}", failed);

    let (names, scores): (Vec<&str>, Vec<i32>) = grades.iter().cloned().unzip();
    println!("names: {:?}", names);
    println!("scores: {:?}", scores);

    let avg = scores.iter().sum::<i32>() as f64 / scores.len() as f64;
    println!("average: {:.1}", avg);

    let (evens, odds): (Vec<i32>, Vec<i32>) = (1..=10).partition(|n| n % 2 == 0);
    println!("{:?} / {:?}", evens, odds);
}
