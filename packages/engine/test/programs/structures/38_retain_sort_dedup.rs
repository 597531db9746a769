// retain, sort_by_key, sort_unstable_by, dedup, dedup_by_key on Vecs.
#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    grade: u32,
    age: u32,
}

fn s(name: &str, grade: u32, age: u32) -> Student {
    Student { name: name.to_string(), grade, age }
}

fn main() {
    let mut nums = vec![5, 3, 8, 3, 1, 8, 8, 2, 5];
    nums.retain(|&x| x != 2);
    println!("retain != 2: {:?}", nums);
    nums.sort();
    println!("sorted: {:?}", nums);
    nums.dedup();
    println!("dedup: {:?}", nums);
    nums.sort_unstable_by(|a, b| b.cmp(a));
    println!("descending: {:?}", nums);

    let mut class = vec![s("zoe", 90, 20), s("adam", 75, 22), s("mia", 90, 19), s("li", 60, 21), s("bo", 75, 20)];
    class.sort_by_key(|st| st.age);
    println!("by age: {:?}", class.iter().map(|st| &st.name).collect::<Vec<_>>());
    class.sort_by(|a, b| b.grade.cmp(&a.grade).then_with(|| a.name.cmp(&b.name)));
    for st in &class {
        println!("  {:<5} {:>3} {}", st.name, st.grade, st.age);
    }
    let mut grades: Vec<u32> = class.iter().map(|st| st.grade).collect();
    grades.dedup();
    println!("distinct grades (desc): {:?}", grades);

    class.retain(|st| st.grade >= 75);
    println!("passing: {}", class.len());
    class.dedup_by_key(|st| st.grade);
    println!("one per grade: {:?}", class.iter().map(|st| st.name.as_str()).collect::<Vec<_>>());

    let mut words = vec!["Banana", "apple", "cherry", "Apple", "banana"];
    words.sort_by_key(|w| w.to_lowercase());
    println!("case-insensitive: {:?}", words);
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("dedup ignoring case: {:?}", words);
    let mut floats = vec![2.5, -1.0, 3.75, 0.0];
    floats.sort_unstable_by(|a: &f64, b: &f64| a.partial_cmp(b).unwrap());
    println!("floats: {:?}", floats);
}
