fn main() {
    let mut grades = vec![58, 73, 49, 91, 66];

    // curve: bump everything under 60 up to 60
    for (i, g) in grades.iter().enumerate() {
        if *g < 60 {
            grades[i] = 60;
        }
    }

    println!("curved: {:?}", grades);
}
